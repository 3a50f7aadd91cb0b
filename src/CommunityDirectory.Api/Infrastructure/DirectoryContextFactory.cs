using SocialPrescribing.ServiceData;

namespace SocialPrescribing.CommunityDirectory.Infrastructure;

internal sealed class DirectoryContextFactory() : DesignTimeContextFactory<DirectoryContext>(options => new DirectoryContext(options));
