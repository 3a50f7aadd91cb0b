using Microsoft.AspNetCore.Mvc.TagHelpers;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SocialPrescribing.Web.TagHelpers;

/// <summary>
/// <c>&lt;div nhsuk-form-group-for="Input.Date"&gt;</c>: an NHS.UK form group, marked
/// <c>nhsuk-form-group--error</c> while its field has an error.
/// </summary>
[HtmlTargetElement("div", Attributes = ForAttribute)]
public sealed class FormGroupTagHelper : TagHelper
{
    private const string ForAttribute = "nhsuk-form-group-for";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.AddClass("nhsuk-form-group", HtmlEncoder.Default);
        if (FieldErrors.HasErrors(ViewContext, FieldErrors.KeyOf(ViewContext, For)))
        {
            output.AddClass("nhsuk-form-group--error", HtmlEncoder.Default);
        }
    }
}
