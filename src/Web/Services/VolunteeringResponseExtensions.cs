namespace SocialPrescribing.Web.Services;

/// <summary>What the volunteer's pages say of the volunteering service's answers.</summary>
public static class VolunteeringResponseExtensions
{
    extension(HourLogResponse log)
    {
        /// <summary>The status as the volunteering service spells it (kebab-case) said in words.</summary>
        public string StatusText => log.Status switch
        {
            "submitted" => "Waiting for approval",
            "approved" => "Approved",
            "rejected" => "Not approved",
            "withdrawn" => "Withdrawn",
            _ => log.Status,
        };

        /// <summary>Still waiting for a decision: only then may the volunteer correct or withdraw it.</summary>
        public bool IsWaiting => log.Status == "submitted";
    }

    extension(InvitationResponse invitation)
    {
        public bool IsPending => invitation.Status == InvitationStatus.Pending;
    }
}
