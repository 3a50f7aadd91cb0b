using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using SocialPrescribing.Web.Forms;

namespace SocialPrescribing.Web.TagHelpers;

/// <summary>
/// <c>&lt;nhsuk-date-input for="Input.DateOfBirth" legend="Date of birth" hint="For example, 15 3 1984" /&gt;</c>:
/// the NHS.UK date input, day, month and year boxes in a fieldset (bound by <see cref="DateInputModelBinder"/>).
/// The day box carries the field's id so the error summary's link lands on it; what was typed stays,
/// and only the boxes that are wrong are marked.
/// </summary>
[HtmlTargetElement("nhsuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : FieldsetTagHelper
{
    /// <summary>A larger legend, for a date that is the form's main question.</summary>
    public bool LegendMedium { get; set; }

    /// <summary>Let the browser fill in a date of birth.</summary>
    public bool Birthday { get; set; }

    protected override string LegendSize => LegendMedium ? "m" : "s";

    protected override bool IsGroup => true;

    protected override string Body(string key, string id, IReadOnlyList<string> errors)
    {
        var typed = ViewContext.ModelState.TryGetValue(key, out var entry) && entry.RawValue is DateParts kept
            ? kept
            : For.Model is DateOnly date ? DateParts.Of(date) : new DateParts(null, null, null);
        // A missing box is marked on its own; any other error marks all three.
        var marked = errors.Count == 0 ? [] : typed.Missing.Count > 0 && !typed.IsEmpty ? typed.Missing : ["day", "month", "year"];
        var encode = HtmlEncoder.Default;

        var html = new StringBuilder();
        html.Append($"<div class=\"nhsuk-date-input\" id=\"{id}-boxes\">");
        foreach (var (part, label, value, width) in new[] { ("day", "Day", typed.Day, 2), ("month", "Month", typed.Month, 2), ("year", "Year", typed.Year, 4) })
        {
            var boxId = part == "day" ? id : $"{id}-{part}";
            var error = marked.Contains(part) ? " nhsuk-input--error" : "";
            var autocomplete = Birthday ? $" autocomplete=\"bday-{part}\"" : "";
            html.Append("<div class=\"nhsuk-date-input__item\"><div class=\"nhsuk-form-group\">");
            html.Append($"<label class=\"nhsuk-label nhsuk-date-input__label\" for=\"{boxId}\">{label}</label>");
            html.Append($"<input class=\"nhsuk-input nhsuk-date-input__input nhsuk-input--width-{width}{error}\" id=\"{boxId}\" name=\"{encode.Encode(key)}.{label}\" type=\"text\" inputmode=\"numeric\"{autocomplete} value=\"{encode.Encode(value?.Trim() ?? "")}\">");
            html.Append("</div></div>");
        }
        html.Append("</div>");
        return html.ToString();
    }
}
