using System.Net;
using System.Text.RegularExpressions;

namespace SocialPrescribing.TestKit.Auth;

/// <summary>A page's first form as a browser would post it: where it goes and its hidden fields (antiforgery, return URL, OIDC answers).</summary>
public sealed partial record HtmlForm(Uri Action, Dictionary<string, string> Fields)
{
    public static HtmlForm Parse(string html, Uri pageUrl)
    {
        var form = FormTag().Match(html);
        if (!form.Success)
        {
            throw new InvalidOperationException($"Expected a form at {pageUrl}, got: {html[..Math.Min(html.Length, 300)]}");
        }
        var action = Attribute(form.Value, "action");
        var fields = HiddenInput().Matches(html)
            .Select(m => (Name: Attribute(m.Value, "name"), Value: Attribute(m.Value, "value")))
            .Where(f => f.Name is not null)
            .ToDictionary(f => f.Name!, f => f.Value ?? "");
        return new HtmlForm(string.IsNullOrEmpty(action) ? pageUrl : new Uri(pageUrl, action), fields);
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"""\b{name}="([^"]*)" """.TrimEnd()) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<form[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex("""<input[^>]*type="hidden"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();
}
