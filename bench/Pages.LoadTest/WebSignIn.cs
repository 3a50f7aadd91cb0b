using System.Net;
using System.Text.RegularExpressions;

namespace SocialPrescribing.Pages.LoadTest;

/// <summary>
/// A link worker signed in to the web as a browser without JavaScript is: the web's sign-in page challenges, the
/// identity service's login form takes the user name and password, its answer (a form the browser posts back,
/// OpenID Connect's form_post) lands on the web's /signin-oidc, which sets the session cookie. The session's
/// <see cref="Pages"/> client sends that cookie and follows no redirect, so a lost session shows as a failure.
/// </summary>
internal sealed partial class WebSignIn : IDisposable
{
    private readonly HttpClient _browser;

    private WebSignIn(Uri web, string userName)
    {
        var cookies = new CookieContainer();
        UserName = userName;
        _browser = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = true }) { BaseAddress = web };
        Pages = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = web };
    }

    public string UserName { get; }

    public HttpClient Pages { get; }

    public static async Task<WebSignIn> SignInAsync(Uri web, string userName, string password)
    {
        var session = new WebSignIn(web, userName);
        try
        {
            var login = await session._browser.GetAsync("/account/sign-in?returnUrl=%2Flink-worker%2Fcaseload");
            var (action, fields) = Form(await login.Content.ReadAsStringAsync(), login.RequestMessage!.RequestUri!);
            fields["Input.UserName"] = userName;
            fields["Input.Password"] = password;
            var answer = await session._browser.PostAsync(action, new FormUrlEncodedContent(fields));
            var (callback, code) = Form(await answer.Content.ReadAsStringAsync(), answer.RequestMessage!.RequestUri!);
            var signedIn = await session._browser.PostAsync(callback, new FormUrlEncodedContent(code));
            if (signedIn.RequestMessage!.RequestUri!.AbsolutePath != "/link-worker/caseload" || !signedIn.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Signing in as {userName} ended at {signedIn.RequestMessage.RequestUri} ({(int)signedIn.StatusCode}).");
            }
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _browser.Dispose();
        Pages.Dispose();
    }

    /// <summary>The page's first form: where it posts and its hidden fields.</summary>
    private static (Uri Action, Dictionary<string, string> Fields) Form(string html, Uri page)
    {
        var form = FormTag().Match(html);
        if (!form.Success)
        {
            throw new InvalidOperationException($"Expected a form at {page}, got: {html[..Math.Min(html.Length, 300)]}");
        }
        var action = Attribute(form.Value, "action");
        var fields = HiddenInput().Matches(html)
            .Select(m => (Name: Attribute(m.Value, "name"), Value: Attribute(m.Value, "value")))
            .Where(f => f.Name is not null)
            .ToDictionary(f => f.Name!, f => f.Value ?? "");
        return (string.IsNullOrEmpty(action) ? page : new Uri(page, action), fields);
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"""\b{name}="([^"]*)" """.TrimEnd()) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<form[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex("""<input[^>]*type="hidden"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();
}
