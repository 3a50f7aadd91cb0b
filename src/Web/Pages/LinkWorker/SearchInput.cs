namespace SocialPrescribing.Web.Pages.LinkWorker;

/// <summary>The directory search's filters, from the query string (a GET form: results can be bookmarked and go back works).</summary>
public sealed class SearchInput
{
    public Guid? Referral { get; set; }
    public string? Q { get; set; }
    public List<string> Needs { get; set; } = [];
    public string? Postcode { get; set; }
    public double? Within { get; set; }
    public string? Day { get; set; }
    public bool Free { get; set; }
    public string? Language { get; set; }
    public int PageNumber { get; set; } = 1;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Needs.Count == 0 && string.IsNullOrWhiteSpace(Postcode) && string.IsNullOrWhiteSpace(Day)
                           && !Free && string.IsNullOrWhiteSpace(Language);
}
