using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

/// <summary>A new referral for a person the team already knows: their consent again, then the referral's part of the form.</summary>
public sealed class ReferAgainInput : ReferralDetailsInput
{
    [Range(typeof(bool), "true", "true", ErrorMessage = "Confirm the person agrees to be referred to social prescribing again")]
    public bool Consent { get; set; }
}
