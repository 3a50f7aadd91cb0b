using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SocialPrescribing.Web.TagHelpers;

/// <summary>
/// <c>&lt;nhsuk-error-message for="Input.Date" /&gt;</c>: the field's NHS.UK error message, with a
/// visually hidden "Error:" for screen readers; nothing while the field is fine.
/// </summary>
[HtmlTargetElement("nhsuk-error-message", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorMessageTagHelper : TagHelper
{
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var key = FieldErrors.KeyOf(ViewContext, For);
        var messages = FieldErrors.Of(ViewContext, key);
        if (messages.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "nhsuk-error-message");
        output.Attributes.SetAttribute("id", FieldIds.ErrorOf(key));
        output.Content.SetHtmlContent("<span class=\"nhsuk-u-visually-hidden\">Error: </span>" +
            string.Join(" ", messages.Select(HtmlEncoder.Default.Encode)));
    }
}
