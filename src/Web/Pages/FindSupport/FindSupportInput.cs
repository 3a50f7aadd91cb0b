namespace SocialPrescribing.Web.Pages.FindSupport;

/// <summary>A person's search for support, from the query string (a GET form: results can be shared and back works).</summary>
public sealed class FindSupportInput
{
    public string? Postcode { get; set; }
    public string? Need { get; set; }
    public string? Day { get; set; }
    public int PageNumber { get; set; } = 1;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Postcode) && string.IsNullOrWhiteSpace(Need) && string.IsNullOrWhiteSpace(Day);
}
