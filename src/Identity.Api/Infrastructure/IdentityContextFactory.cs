using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Identity.Infrastructure;

internal sealed class IdentityContextFactory() : DesignTimeContextFactory<IdentityContext>(options => new IdentityContext(options));
