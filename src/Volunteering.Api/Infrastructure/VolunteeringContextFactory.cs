using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Volunteering.Infrastructure;

internal sealed class VolunteeringContextFactory() : DesignTimeContextFactory<VolunteeringContext>(options => new VolunteeringContext(options));
