using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Matching.Infrastructure;

internal sealed class MatchingContextFactory() : DesignTimeContextFactory<MatchingContext>(options => new MatchingContext(options));
