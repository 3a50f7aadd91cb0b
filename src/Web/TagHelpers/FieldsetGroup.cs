using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SocialPrescribing.Web.TagHelpers;

/// <summary>
/// The NHS.UK form group of a question asked in a fieldset (radios, checkboxes, a date): legend,
/// hint, error message, then the <paramref name="body"/>, the fieldset described by the hint and error.
/// </summary>
internal static class FieldsetGroup
{
    public static void Render(TagHelperOutput output, string key, string legend, string? hint, IReadOnlyList<string> errors, string body,
        string legendSize = "s", bool isGroup = false)
    {
        var id = FieldIds.Of(key);
        var encode = HtmlEncoder.Default;
        var describedBy = new List<string>();
        var top = "";
        if (hint is not null)
        {
            describedBy.Add($"{id}-hint");
            top += $"<div class=\"nhsuk-hint\" id=\"{id}-hint\">{encode.Encode(hint)}</div>";
        }
        if (errors.Count > 0)
        {
            describedBy.Add(FieldIds.ErrorOf(key));
            top += $"<span class=\"nhsuk-error-message\" id=\"{FieldIds.ErrorOf(key)}\"><span class=\"nhsuk-u-visually-hidden\">Error: </span>{encode.Encode(string.Join(" ", errors))}</span>";
        }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "nhsuk-form-group nhsuk-form-group--error" : "nhsuk-form-group");
        var role = isGroup ? " role=\"group\"" : "";
        var fieldsetDescribedBy = describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "";
        output.Content.SetHtmlContent(
            $"<fieldset class=\"nhsuk-fieldset\"{role}{fieldsetDescribedBy}><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--{legendSize}\">{encode.Encode(legend)}</legend>{top}{body}</fieldset>");
    }
}
