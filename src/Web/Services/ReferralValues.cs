namespace SocialPrescribing.Web.Services;

// The referrals service's enum values the web acts on, as the service spells them on the wire (kebab-case). The enums
// belong to its domain, so its contracts carry them as strings; these are the one place the web names them. The
// choices a form offers, with their words, are in ReferralText.

public static class ReferralStatuses
{
    public const string AwaitingTriage = "awaiting-triage";
    public const string Received = "received";
    public const string Contacted = "contacted";
    public const string Assessed = "assessed";
    public const string Connecting = "connecting";
    public const string Connected = "connected";
    public const string FollowUp = "follow-up";
    public const string Closed = "closed";
}

public static class ConnectionStatuses
{
    public const string Requested = "requested";
    public const string Accepted = "accepted";
    public const string Attended = "attended";
    public const string DidNotAttend = "did-not-attend";
    public const string Finished = "finished";
    public const string DroppedOut = "dropped-out";
    public const string Withdrawn = "withdrawn";
}

/// <summary>What a connection is to.</summary>
public static class TargetKinds
{
    public const string Activity = "activity";
    public const string Volunteer = "volunteer";
}

public static class ContactPreferences
{
    public const string Phone = "phone";
    public const string TextMessage = "text-message";
    public const string Email = "email";
    public const string Letter = "letter";
}

public static class ReferralSources
{
    public const string SelfReferral = "self-referral";
}

/// <summary>How a person wants reminders, and whether a link worker gets the daily digest.</summary>
public static class ReminderChoices
{
    public const string Email = "email";
    public const string Text = "text";
    public const string None = "none";
}

public static class SurveyKinds
{
    public const string AfterActivity = "after-activity";
    public const string Closing = "closing";
    public const string FollowUpWellbeing = "follow-up-wellbeing";
}

public static class SurveyStates
{
    public const string Open = "open";
    public const string Answered = "answered";
    public const string Expired = "expired";
}
