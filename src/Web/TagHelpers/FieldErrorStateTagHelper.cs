using Microsoft.AspNetCore.Mvc.TagHelpers;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SocialPrescribing.Web.TagHelpers;

/// <summary>
/// Runs after ASP.NET's own input, select and textarea tag helpers: a field with an error gets the
/// NHS.UK error style (<c>nhsuk-input--error</c> and the like) and is described by its error message.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class FieldErrorStateTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = FieldErrors.KeyOf(ViewContext, For);
        if (!FieldErrors.HasErrors(ViewContext, name))
        {
            return;
        }
        var type = output.TagName == "input" ? "input" : output.TagName;
        if (output.Attributes["type"]?.Value?.ToString() is not ("radio" or "checkbox" or "hidden"))
        {
            output.AddClass($"nhsuk-{type}--error", HtmlEncoder.Default);
        }
        var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString();
        output.Attributes.SetAttribute("aria-describedby", string.Join(' ', new[] { describedBy, FieldIds.ErrorOf(name) }.Where(s => !string.IsNullOrEmpty(s))));
    }
}
