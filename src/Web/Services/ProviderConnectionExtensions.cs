namespace SocialPrescribing.Web.Services;

/// <summary>What the VCSE requests page says of a connection request as its provider sees it.</summary>
public static class ProviderConnectionExtensions
{
    private const string Requested = "Requested";

    extension(ProviderConnection request)
    {
        public bool WaitsForAnswer => request.Status == Requested;

        /// <summary>Accepted and not yet over: the provider can say whether the person came.</summary>
        public bool AwaitsAttendance => request.Status is "Accepted" or "DidNotAttend" or "Attended";

        public string StatusText => request.Status switch
        {
            Requested => "Waiting for your answer",
            "DroppedOut" => "Dropped out",
            "DidNotAttend" => "Did not attend",
            _ => request.Status,
        };

        /// <summary>"StepFreeAccess, HearingLoop" as "step free access, hearing loop".</summary>
        public string AccessibilityNeedsText => string.Join(", ", request.AccessibilityNeeds.Select(n =>
            System.Text.RegularExpressions.Regex.Replace(n, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant()));

        public string Who => request.Person is { } p ? $"{p.PreferredName ?? p.GivenName} {p.FamilyName}" : $"A person in {request.PostcodeDistrict} (name not shared)";
    }
}
