using SocialPrescribing.Web.Authentication;

namespace SocialPrescribing.Web.Security;

/// <summary>
/// The headers every answer carries. The Content-Security-Policy lets pages run only this site's own script and
/// style files (no inline code, so an injected script or style does nothing), may not be framed by any site
/// (clickjacking), and may send forms only here and to the sign-in provider (signing out goes there). Pages name
/// no address in their referrer, since a page's address can hold a referral's id.
/// </summary>
internal static class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var policy = ContentSecurityPolicy(WebSignInExtensions.AuthorityOf(app.Configuration));
        app.Use((context, next) =>
        {
            // Set as the answer starts, so an error page (whose headers the exception handler clears) has them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    internal static string ContentSecurityPolicy(string? signInProvider)
    {
        var formTargets = signInProvider is { Length: > 0 } ? $"'self' {new Uri(signInProvider).GetLeftPart(UriPartial.Authority)}" : "'self'";
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            // The NHS.UK stylesheet asks for the licensed Frutiger font from the NHS's own font host.
            "font-src 'self' https://assets.nhs.uk",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action {formTargets}",
            "frame-ancestors 'none'");
    }
}
