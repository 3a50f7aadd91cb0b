using System.ComponentModel.DataAnnotations;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>The parts of an activity the web form edits; the rest is kept as the directory holds it.</summary>
public sealed class ActivityInput
{
    [Required(ErrorMessage = "Enter the activity's name")]
    [StringLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? WhoItIsFor { get; set; }

    [Range(0, 120, ErrorMessage = "Minimum age must be a whole number from 0 to 120")]
    public int? MinimumAge { get; set; }

    [Range(0, 120, ErrorMessage = "Maximum age must be a whole number from 0 to 120")]
    public int? MaximumAge { get; set; }

    public string? AreaServed { get; set; }

    [Required(ErrorMessage = "Select how people are referred")]
    public string? ReferralMode { get; set; } = "direct-referral";

    [Required(ErrorMessage = "Select what the number of places counts")]
    public string? CapacityBasis { get; set; } = "overall";

    /// <summary>Only when listing a new activity; afterwards places change on their own page.</summary>
    [Range(0, 100_000, ErrorMessage = "Number of places must be a whole number from 0 to 100,000")]
    public int? TotalPlaces { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public static readonly IReadOnlyList<(string Value, string Text, string Hint)> ReferralModes =
    [
        ("direct-referral", "Link workers send you a request", "You accept or decline each person on the 'Connection requests' page."),
        ("signpost-only", "Link workers tell people about it", "People come along without a request."),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> CapacityBases =
    [
        ("overall", "Places on the activity as a whole, such as a 10-week course"),
        ("per-session", "Places at each session, such as a weekly drop-in"),
    ];

    public static ActivityInput From(ActivityResponse a) => new()
    {
        Name = a.Name,
        Description = a.Description,
        WhoItIsFor = a.WhoItIsFor,
        MinimumAge = a.MinimumAge,
        MaximumAge = a.MaximumAge,
        AreaServed = a.AreaServed,
        ReferralMode = a.ReferralMode.WireName(),
        CapacityBasis = a.CapacityBasis.WireName(),
        ContactName = a.Contact.Name,
        ContactEmail = a.Contact.Email,
        ContactPhone = a.Contact.Phone,
    };

    /// <summary>The whole activity to send: this form's fields over what <paramref name="current"/> holds (null for a new one).</summary>
    public ActivityRequest ToRequest(ActivityResponse? current) => new(
        Name?.Trim(), Description?.Trim() ?? "", current?.Url, current?.Email,
        current?.Needs ?? [], current?.ActivityTypes ?? [],
        MinimumAge, MaximumAge, Blank(WhoItIsFor), Blank(AreaServed),
        [.. (current?.CostOptions ?? []).Select(c => new CostOptionRequest(c.Option, c.Amount, c.Currency, c.AmountDescription))],
        current?.Languages ?? [], current?.AccessibilityFeatures ?? [],
        WireNames.Parse<ReferralMode>(ReferralMode), WireNames.Parse<CapacityBasis>(CapacityBasis), current is null ? TotalPlaces : current.TotalPlaces,
        new ContactRequest(Blank(ContactName), Blank(ContactEmail), Blank(ContactPhone)),
        current?.LocationIds ?? [], current?.Schedules ?? []);

    /// <summary>The fields where this form and <paramref name="saved"/> differ, by label, for a stale edit's message.</summary>
    public IReadOnlyList<(string Field, string? Saved, string? Yours)> DifferencesFrom(ActivityResponse saved)
    {
        var theirs = From(saved);
        return new (string, string?, string?)[]
            {
                ("Name", theirs.Name, Name),
                ("Description", theirs.Description, Description),
                ("Who it is for", theirs.WhoItIsFor, WhoItIsFor),
                ("Minimum age", theirs.MinimumAge?.ToString(), MinimumAge?.ToString()),
                ("Maximum age", theirs.MaximumAge?.ToString(), MaximumAge?.ToString()),
                ("Area served", theirs.AreaServed, AreaServed),
                ("How people are referred", theirs.ReferralMode, ReferralMode),
                ("What places count", theirs.CapacityBasis, CapacityBasis),
                ("Contact name", theirs.ContactName, ContactName),
                ("Contact email", theirs.ContactEmail, ContactEmail),
                ("Contact phone", theirs.ContactPhone, ContactPhone),
            }
            .Where(d => (Blank(d.Item2) ?? "") != (Blank(d.Item3) ?? ""))
            .ToList();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
