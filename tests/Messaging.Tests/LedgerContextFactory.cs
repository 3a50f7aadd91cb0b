using SocialPrescribing.Messaging.Persistence;

namespace SocialPrescribing.Messaging.Tests;

internal sealed class LedgerContextFactory() : DesignTimeContextFactory<LedgerContext>(options => new LedgerContext(options));
