using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace SocialPrescribing.Web.Pages.Survey;

/// <summary>
/// A survey's answers so far, between its question pages: nobody signs in, so they are kept in the person's own browser,
/// in a cookie encrypted by the web and sent back to this one survey's address only. Nothing reaches the service until
/// the person sends their answers from the check page.
/// </summary>
public sealed class SurveyDraft(IDataProtectionProvider protection)
{
    private const string Cookie = "survey-answers";
    private readonly IDataProtector _protector = protection.CreateProtector("SocialPrescribing.Web.SurveyDraft");

    public Dictionary<string, string?> Read(HttpContext http)
    {
        if (http.Request.Cookies[Cookie] is not { } sealedAnswers)
        {
            return [];
        }
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(_protector.Unprotect(sealedAnswers)) ?? [];
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException)
        {
            // From before a key change, or tampered with: the person starts again.
            return [];
        }
    }

    public void Write(HttpContext http, string token, IReadOnlyDictionary<string, string?> answers) =>
        http.Response.Cookies.Append(Cookie, _protector.Protect(JsonSerializer.Serialize(answers)), Options(http, token));

    public void Clear(HttpContext http, string token) => http.Response.Cookies.Delete(Cookie, Options(http, token));

    private static CookieOptions Options(HttpContext http, string token) => new()
    {
        Path = $"/survey/{token}",
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
    };
}
