using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.LinkWorker;

/// <summary>The referrals service's enum values ("follow-up", "gp-practice", as it spells them) in the words the pages use.</summary>
public static class ReferralText
{
    public static readonly IReadOnlyList<Choice> Sources =
    [
        new("gp-practice", "GP practice"), new("self-referral", "Self-referral"), new("hospital", "Hospital"),
        new("council", "Council"), new("vcse", "Voluntary or community group"), new("other", "Other"),
    ];

    public static readonly IReadOnlyList<Choice> Urgencies =
    [
        new("routine", "Routine", "First contact within 5 working days."),
        new("soon", "Soon", "First contact within 2 working days."),
        new("urgent", "Urgent", "First contact the next working day."),
    ];

    public static readonly IReadOnlyList<Choice> ContactMethods =
    [
        new(ContactPreferences.Phone, "Phone call"), new(ContactPreferences.TextMessage, "Text message"), new(ContactPreferences.Email, "Email"),
        new(ContactPreferences.Letter, "Letter"),
    ];

    public static readonly IReadOnlyList<Choice> AccessibilityNeeds =
    [
        new("step-free-access", "Step-free access"), new("wheelchair-accessible-toilet", "Wheelchair accessible toilet"),
        new("hearing-loop", "Hearing loop"), new("british-sign-language", "British Sign Language"), new("large-print", "Large print"),
        new("easy-read", "Easy read"), new("quiet-space", "A quiet space"), new("seating-available", "Seating"), new("accessible-parking", "Accessible parking"),
    ];

    public static readonly IReadOnlyList<Choice> ClosureReasons =
    [
        new("completed", "Completed"), new("declined-by-person", "The person declined"), new("unable-to-contact", "Unable to contact"),
        new("moved", "Moved away"), new("other", "Other"),
    ];

    public static readonly IReadOnlyList<Choice> MeasurementPoints =
    [
        new("baseline", "Baseline", "At the start, before any activity."), new("follow-up", "Follow-up"), new("exit", "Exit", "When the referral closes."),
    ];

    /// <summary>How the person gave or withdrew consent.</summary>
    public static readonly IReadOnlyList<Choice> ConsentMethods =
    [
        new("verbal", "Verbally", "In person or on the phone."), new("written", "In writing", "A signed form or a letter."),
        new("online", "Online", "A form or message they sent themselves."),
    ];

    public static string Status(string status) => status switch
    {
        ReferralStatuses.AwaitingTriage => "Self-referral awaiting safeguarding triage",
        ReferralStatuses.Received => "Waiting for first contact",
        ReferralStatuses.Assessed => "Assessed (plan agreed)",
        ReferralStatuses.FollowUp => "Follow-up",
        _ => Words(status),
    };

    public static string ConnectionStatus(string status) => status switch
    {
        ConnectionStatuses.Requested => "Requested, waiting for an answer",
        _ => Words(status),
    };

    /// <summary>"did-not-attend" → "Did not attend": a value the pages have no words of their own for.</summary>
    public static string Words(string value)
    {
        var words = value.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Of(IReadOnlyList<Choice> choices, string? value) =>
        choices.FirstOrDefault(c => c.Value == value)?.Label ?? value ?? "";
}
