namespace SocialPrescribing.Messaging;

/// <summary>Tuning for the outbox relay; the defaults suit a service with modest traffic.</summary>
public sealed class MessagingOptions
{
    public int RelayBatchSize { get; set; } = 100;
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan RelayMinBackoff { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan RelayMaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long published outbox rows and inbox ids are kept (for diagnosis and duplicate detection).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(14);
}
