using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.LinkWorker;

/// <summary>The referrals service's enum names ("FollowUp", "GpPractice") in the words the pages use.</summary>
public static class ReferralText
{
    public static readonly IReadOnlyList<Choice> Sources =
    [
        new("GpPractice", "GP practice"), new("SelfReferral", "Self-referral"), new("Hospital", "Hospital"),
        new("Council", "Council"), new("Vcse", "Voluntary or community group"), new("Other", "Other"),
    ];

    public static readonly IReadOnlyList<Choice> Urgencies =
    [
        new("Routine", "Routine", "First contact within 5 working days."),
        new("Soon", "Soon", "First contact within 2 working days."),
        new("Urgent", "Urgent", "First contact the next working day."),
    ];

    public static readonly IReadOnlyList<Choice> ContactMethods =
    [
        new("Phone", "Phone call"), new("TextMessage", "Text message"), new("Email", "Email"), new("Letter", "Letter"),
    ];

    public static readonly IReadOnlyList<Choice> AccessibilityNeeds =
    [
        new("StepFreeAccess", "Step-free access"), new("WheelchairAccessibleToilet", "Wheelchair accessible toilet"),
        new("HearingLoop", "Hearing loop"), new("BritishSignLanguage", "British Sign Language"), new("LargePrint", "Large print"),
        new("EasyRead", "Easy read"), new("QuietSpace", "A quiet space"), new("SeatingAvailable", "Seating"), new("AccessibleParking", "Accessible parking"),
    ];

    public static readonly IReadOnlyList<Choice> ClosureReasons =
    [
        new("Completed", "Completed"), new("DeclinedByPerson", "The person declined"), new("UnableToContact", "Unable to contact"),
        new("Moved", "Moved away"), new("Other", "Other"),
    ];

    public static readonly IReadOnlyList<Choice> MeasurementPoints =
    [
        new("Baseline", "Baseline", "At the start, before any activity."), new("FollowUp", "Follow-up"), new("Exit", "Exit", "When the referral closes."),
    ];

    /// <summary>How the person gave or withdrew consent.</summary>
    public static readonly IReadOnlyList<Choice> ConsentMethods =
    [
        new("Verbal", "Verbally", "In person or on the phone."), new("Written", "In writing", "A signed form or a letter."),
        new("Online", "Online", "A form or message they sent themselves."),
    ];

    public static string Status(string status) => status switch
    {
        "AwaitingTriage" => "Self-referral awaiting safeguarding triage",
        "Received" => "Waiting for first contact",
        "Assessed" => "Assessed (plan agreed)",
        "FollowUp" => "Follow-up",
        _ => status,
    };

    public static string ConnectionStatus(string status) => status switch
    {
        "Requested" => "Requested, waiting for an answer",
        "DroppedOut" => "Dropped out",
        "DidNotAttend" => "Did not attend",
        _ => status,
    };

    public static string Of(IReadOnlyList<Choice> choices, string? value) =>
        choices.FirstOrDefault(c => c.Value == value)?.Label ?? value ?? "";
}
