namespace SocialPrescribing.Web.Authentication;

/// <summary>
/// Sign-in calls to the identity service carry the visitor's address as <c>X-Forwarded-For</c>, so its per-IP
/// limits count each visitor rather than this web server, through which every volunteer's code request and every
/// code redemption passes. The identity service believes the header only from proxies it trusts.
/// </summary>
public sealed class VisitorAddressHandler(IHttpContextAccessor http) : DelegatingHandler
{
    public const string HeaderName = "X-Forwarded-For";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (http.HttpContext?.Connection.RemoteIpAddress is { } visitor)
        {
            request.Headers.Remove(HeaderName);
            request.Headers.TryAddWithoutValidation(HeaderName, visitor.ToString());
        }
        return base.SendAsync(request, cancellationToken);
    }
}
