using SocialPrescribing.Messaging.Persistence;

namespace SocialPrescribing.CommunityDirectory.Infrastructure;

internal sealed class DirectoryContextFactory() : DesignTimeContextFactory<DirectoryContext>(options => new DirectoryContext(options));
