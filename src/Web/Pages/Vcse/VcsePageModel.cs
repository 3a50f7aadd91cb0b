using SocialPrescribing.Web.Authentication;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>What the VCSE pages share: the organisation from the sign-in (and, from <see cref="ServicePageModel"/>, how a refusal is told).</summary>
public abstract class VcsePageModel : ServicePageModel
{
    protected Guid Organisation => User.OrganisationId();
}
