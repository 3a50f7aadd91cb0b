namespace SocialPrescribing.Web.Services;

/// <summary>What the VCSE requests page says of a connection request as its provider sees it.</summary>
public static class ProviderConnectionExtensions
{
    extension(ProviderConnection request)
    {
        public bool WaitsForAnswer => request.Status == ConnectionStatuses.Requested;

        /// <summary>Accepted and not yet over: the provider can say whether the person came.</summary>
        public bool AwaitsAttendance => request.Status is ConnectionStatuses.Accepted or ConnectionStatuses.DidNotAttend or ConnectionStatuses.Attended;

        public string StatusText => request.Status switch
        {
            ConnectionStatuses.Requested => "Waiting for your answer",
            _ => Pages.LinkWorker.ReferralText.Words(request.Status),
        };

        /// <summary>"step-free-access, hearing-loop" as "step free access, hearing loop".</summary>
        public string AccessibilityNeedsText => string.Join(", ", request.AccessibilityNeeds.Select(n => n.Replace('-', ' ')));

        public string Who => request.Person is { } p ? $"{p.PreferredName ?? p.GivenName} {p.FamilyName}" : $"A person in {request.PostcodeDistrict} (name not shared)";
    }
}
