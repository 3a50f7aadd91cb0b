using Microsoft.AspNetCore.Mvc.Rendering;

namespace SocialPrescribing.Web.TagHelpers;

/// <summary>The element ids the NHS.UK error pattern links together: the field, and its error message.</summary>
public static class FieldIds
{
    /// <summary>The id ASP.NET gives the input bound to <paramref name="key"/> ("Input.Date" → "Input_Date").</summary>
    public static string Of(string key) => TagBuilder.CreateSanitizedId(key, "_");

    public static string ErrorOf(string key) => Of(key) + "-error";
}
