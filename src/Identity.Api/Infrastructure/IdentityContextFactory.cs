using SocialPrescribing.Messaging.Persistence;

namespace SocialPrescribing.Identity.Infrastructure;

internal sealed class IdentityContextFactory() : DesignTimeContextFactory<IdentityContext>(options => new IdentityContext(options));
