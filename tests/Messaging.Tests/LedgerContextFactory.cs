using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Messaging.Tests;

internal sealed class LedgerContextFactory() : DesignTimeContextFactory<LedgerContext>(options => new LedgerContext(options));
