using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>The legend and hint an <c>_EstimateFields</c> partial shows, passed through its view data.</summary>
public static class FieldText
{
    public const string Legend = nameof(Legend);
    public const string Hint = nameof(Hint);

    public static ViewDataDictionary With(ViewDataDictionary viewData, string legend, string hint) =>
        new(viewData) { [Legend] = legend, [Hint] = hint };
}
