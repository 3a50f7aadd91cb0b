using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SocialPrescribing.Web.TagHelpers;

/// <summary>
/// The NHS.UK form group of a question asked in a fieldset (radios, checkboxes, a date) for a bound field:
/// legend, hint, error message, then what <see cref="Body"/> writes, the fieldset described by the hint and error.
/// </summary>
public abstract class FieldsetTagHelper : TagHelper
{
    public ModelExpression For { get; set; } = null!;
    public string Legend { get; set; } = "";
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>"s", or "m" for a question that is the form's main one.</summary>
    protected virtual string LegendSize => "s";

    /// <summary>True when the fieldset's inputs are parts of one answer (a date's boxes), so it is a group.</summary>
    protected virtual bool IsGroup => false;

    /// <summary>The inputs, as HTML; the first carries the field's id, so the error summary's link lands on it.</summary>
    protected abstract string Body(string key, string id, IReadOnlyList<string> errors);

    public sealed override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var key = FieldErrors.KeyOf(ViewContext, For);
        var id = FieldIds.Of(key);
        var errors = FieldErrors.Of(ViewContext, key);
        var body = Body(key, id, errors);
        var encode = HtmlEncoder.Default;
        var describedBy = new List<string>();
        var top = "";
        if (Hint is not null)
        {
            describedBy.Add($"{id}-hint");
            top += $"<div class=\"nhsuk-hint\" id=\"{id}-hint\">{encode.Encode(Hint)}</div>";
        }
        if (errors.Count > 0)
        {
            describedBy.Add(FieldIds.ErrorOf(key));
            top += $"<span class=\"nhsuk-error-message\" id=\"{FieldIds.ErrorOf(key)}\"><span class=\"nhsuk-u-visually-hidden\">Error: </span>{encode.Encode(string.Join(" ", errors))}</span>";
        }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "nhsuk-form-group nhsuk-form-group--error" : "nhsuk-form-group");
        var role = IsGroup ? " role=\"group\"" : "";
        var fieldsetDescribedBy = describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "";
        output.Content.SetHtmlContent(
            $"<fieldset class=\"nhsuk-fieldset\"{role}{fieldsetDescribedBy}><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--{LegendSize}\">{encode.Encode(Legend)}</legend>{top}{body}</fieldset>");
    }
}
