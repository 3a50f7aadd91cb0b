using System.Net;
using SocialPrescribing.TestKit.Auth;

namespace SocialPrescribing.Pages.LoadTest;

/// <summary>
/// A link worker signed in to the web as a browser without JavaScript is: the web's sign-in page challenges, the
/// identity service's login form takes the user name and password, its answer (a form the browser posts back,
/// OpenID Connect's form_post) lands on the web's /signin-oidc, which sets the session cookie. The session's
/// <see cref="Pages"/> client sends its cookies and follows no redirect, so a lost session shows as a failure.
/// </summary>
internal sealed class WebSignIn : IDisposable
{
    private WebSignIn(Uri web, string userName)
    {
        UserName = userName;
        Pages = new HttpClient(new LoopbackCookies(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })) { BaseAddress = web };
    }

    public string UserName { get; }

    /// <summary>The session: its cookies, no redirect followed.</summary>
    public HttpClient Pages { get; }

    public static async Task<WebSignIn> SignInAsync(Uri web, string userName, string password)
    {
        var session = new WebSignIn(web, userName);
        try
        {
            var (loginPage, login) = await session.FollowAsync(HttpMethod.Get, new Uri(web, "/account/sign-in?returnUrl=%2Flink-worker%2Fcaseload"), null);
            var (action, fields) = HtmlForm.Parse(login, loginPage);
            fields["Input.UserName"] = userName;
            fields["Input.Password"] = password;
            var (answerPage, answer) = await session.FollowAsync(HttpMethod.Post, action, new FormUrlEncodedContent(fields));
            var (callback, code) = HtmlForm.Parse(answer, answerPage);
            var (landed, _) = await session.FollowAsync(HttpMethod.Post, callback, new FormUrlEncodedContent(code));
            if (landed.AbsolutePath != "/link-worker/caseload")
            {
                throw new InvalidOperationException($"Signing in as {userName} ended at {landed}.");
            }
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>A browser's redirects, followed by hand so that each hop's cookies are kept; the last page's address and HTML.</summary>
    private async Task<(Uri Page, string Html)> FollowAsync(HttpMethod method, Uri url, HttpContent? content)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            using var response = await Pages.SendAsync(new HttpRequestMessage(method, url) { Content = content });
            if (response.Headers.Location is not { } location || (int)response.StatusCode is < 300 or >= 400)
            {
                return response.IsSuccessStatusCode
                    ? (url, await response.Content.ReadAsStringAsync())
                    : throw new InvalidOperationException($"Signing in as {UserName}: {(int)response.StatusCode} at {url}.");
            }
            (method, url, content) = (HttpMethod.Get, location.IsAbsoluteUri ? location : new Uri(url, location), null);
        }
        throw new InvalidOperationException("Too many redirects.");
    }

    public void Dispose() => Pages.Dispose();

    /// <summary>
    /// Cookies as a browser keeps them for http://localhost: ASP.NET Core marks its sign-in correlation and nonce cookies
    /// Secure, and a browser still sends those to loopback (a secure context); .NET's container alone would not.
    /// </summary>
    private sealed class LoopbackCookies(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly CookieContainer _cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var url = new UriBuilder(request.RequestUri!) { Scheme = Uri.UriSchemeHttps }.Uri;
            if (_cookies.GetCookieHeader(url) is { Length: > 0 } header)
            {
                request.Headers.Add("Cookie", header);
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var cookie in setCookies)
                {
                    _cookies.SetCookies(url, cookie);
                }
            }
            return response;
        }
    }
}
