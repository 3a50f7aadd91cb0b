using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SocialPrescribing.Web.TagHelpers;

internal static class FieldErrors
{
    /// <summary>The model-state key of a bound field ("Input.Date").</summary>
    public static string KeyOf(ViewContext view, ModelExpression field) => view.ViewData.TemplateInfo.GetFullHtmlFieldName(field.Name);

    public static IReadOnlyList<string> Of(ViewContext view, string key) =>
        view.ModelState.TryGetValue(key, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    public static bool HasErrors(ViewContext view, string key) => Of(view, key).Count > 0;
}
