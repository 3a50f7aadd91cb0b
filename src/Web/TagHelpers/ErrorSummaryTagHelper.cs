using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SocialPrescribing.Web.TagHelpers;

/// <summary>
/// <c>&lt;nhsuk-error-summary /&gt;</c>: the NHS.UK error summary at the top of a form, one link per
/// field error (to the field), in the order the fields are declared on the page's model (the order
/// of the form, as NHS.UK asks). Renders nothing without errors.
/// Errors not about one field (key "") are listed without a link.
/// </summary>
[HtmlTargetElement("nhsuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ModelState
            .Where(entry => entry.Value is { ValidationState: ModelValidationState.Invalid })
            .OrderBy(entry => PositionOf(entry.Key), StringComparer.Ordinal)
            .SelectMany(entry => entry.Value!.Errors.Select(error => (entry.Key, error.ErrorMessage)))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "nhsuk-error-summary");
        output.Attributes.SetAttribute("data-module", "nhsuk-error-summary");
        var items = new System.Text.StringBuilder();
        foreach (var (key, message) in errors)
        {
            var text = HtmlEncoder.Default.Encode(message);
            items.Append(key.Length == 0
                ? $"<li>{text}</li>"
                : $"<li><a href=\"#{HtmlEncoder.Default.Encode(FieldIds.Of(key))}\">{text}</a></li>");
        }
        output.Content.SetHtmlContent(
            "<div role=\"alert\"><h2 class=\"nhsuk-error-summary__heading\">There is a problem</h2>" +
            $"<div class=\"nhsuk-error-summary__body\"><ul class=\"nhsuk-list nhsuk-error-summary__list\">{items}</ul></div></div>");
    }

    /// <summary>
    /// "Input.Goals[1].ReviewOn" → "0000.0000.0001.0002": where the field is declared, level by level,
    /// with a list's items in their order; errors not about a field first.
    /// </summary>
    private string PositionOf(string key)
    {
        if (key.Length == 0)
        {
            return "";
        }
        var metadata = ViewContext.ViewData.ModelMetadata;
        var position = new List<string>();
        foreach (var step in key.Split('.'))
        {
            var bracket = step.IndexOf('[');
            var name = bracket < 0 ? step : step[..bracket];
            var properties = metadata.Properties.ToList();
            var index = properties.FindIndex(p => p.PropertyName == name);
            if (index < 0)
            {
                position.Add("9999");
                break;
            }
            position.Add(Digits(index));
            metadata = properties[index];
            if (bracket >= 0 && int.TryParse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture, out var item))
            {
                position.Add(Digits(item));
                metadata = metadata.ElementMetadata ?? metadata;
            }
        }
        return string.Join('.', position);
    }

    private static string Digits(int n) => n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
