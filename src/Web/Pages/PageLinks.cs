namespace SocialPrescribing.Web.Pages;

public static class PageLinks
{
    /// <summary>The same GET search with another page number (<c>Input.PageNumber</c>), every other filter kept.</summary>
    public static string WithPageNumber(this HttpRequest request, int page) =>
        QueryString.Create(request.Query.Where(q => q.Key != "Input.PageNumber")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).Append(new("Input.PageNumber", $"{page}"))).Value ?? "";
}
