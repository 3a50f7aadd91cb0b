using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SocialPrescribing.Web.Pages;

/// <summary>
/// The page's back link, which the layout puts above everything in the main column (the error
/// summary included), where the NHS.UK back link pattern places it.
/// </summary>
public sealed record BackLink(string Href, string Text)
{
    private const string Key = nameof(BackLink);

    public void Show(ViewDataDictionary viewData) => viewData[Key] = this;

    public static BackLink? Of(ViewDataDictionary viewData) => viewData[Key] as BackLink;
}
