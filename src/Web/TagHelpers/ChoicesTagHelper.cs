using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SocialPrescribing.Web.TagHelpers;

/// <summary>One radio or checkbox: what is posted and what it says.</summary>
public sealed record Choice(string Value, string Label, string? Hint = null);

/// <summary>
/// <c>&lt;nhsuk-choices for="Input.Status" items="..." legend="..." multiple /&gt;</c>: an NHS.UK radios
/// (or checkboxes) form group in a fieldset, with its hint and error message. The first item carries
/// the field's id, so the error summary's link lands on it; what was posted stays chosen.
/// </summary>
[HtmlTargetElement("nhsuk-choices", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChoicesTagHelper : FieldsetTagHelper
{
    public IEnumerable<Choice> Items { get; set; } = [];
    public bool Multiple { get; set; }

    /// <summary>Show the items side by side (short answers such as scores).</summary>
    public bool Inline { get; set; }

    protected override string Body(string key, string id, IReadOnlyList<string> errors)
    {
        var chosen = For.Model switch
        {
            null => [],
            string one => [one],
            IEnumerable many => many.Cast<object>().Select(o => o.ToString() ?? "").ToHashSet(),
            var one => new HashSet<string> { Convert.ToString(one, System.Globalization.CultureInfo.InvariantCulture) ?? "" },
        };
        var (kind, type) = Multiple ? ("checkboxes", "checkbox") : ("radios", "radio");
        var encode = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append($"<div class=\"nhsuk-{kind}{(Inline ? $" nhsuk-{kind}--inline" : "")}\" data-module=\"nhsuk-{kind}\">");
        var index = 0;
        foreach (var item in Items)
        {
            var itemId = index++ == 0 ? id : $"{id}-{index}";
            var hintId = $"{itemId}-item-hint";
            html.Append($"<div class=\"nhsuk-{kind}__item\">");
            html.Append($"<input class=\"nhsuk-{kind}__input\" id=\"{itemId}\" name=\"{encode.Encode(key)}\" type=\"{type}\" value=\"{encode.Encode(item.Value)}\"");
            html.Append(chosen.Contains(item.Value) ? " checked" : "");
            html.Append(item.Hint is null ? ">" : $" aria-describedby=\"{hintId}\">");
            html.Append($"<label class=\"nhsuk-label nhsuk-{kind}__label\" for=\"{itemId}\">{encode.Encode(item.Label)}</label>");
            if (item.Hint is not null)
            {
                html.Append($"<div class=\"nhsuk-hint nhsuk-{kind}__hint\" id=\"{hintId}\">{encode.Encode(item.Hint)}</div>");
            }
            html.Append("</div>");
        }
        html.Append("</div>");
        return html.ToString();
    }
}
