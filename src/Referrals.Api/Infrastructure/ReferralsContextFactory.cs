using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Referrals.Infrastructure;

internal sealed class ReferralsContextFactory() : DesignTimeContextFactory<ReferralsContext>(options => new ReferralsContext(options));
