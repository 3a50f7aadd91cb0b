using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Messaging;

/// <summary>Tuning for the outbox relay; the defaults suit a service with modest traffic.</summary>
/// <remarks>
/// Zero batch sizes, intervals or back-offs are refused at start: each would turn the relay's loop into a busy one.
/// </remarks>
public sealed class MessagingOptions
{
    [Range(1, 10_000)]
    public int RelayBatchSize { get; set; } = 100;

    /// <summary>
    /// How long an idle relay sleeps before looking again. Commits that add rows wake it at once, so this only bounds
    /// how soon rows another process left behind (one that crashed before relaying them) are sent.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RelayMinBackoff { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RelayMaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many times a row may fail by itself (unreadable, or refused while the broker is up) before it is parked
    /// in the dead-letter table so the events behind it can leave. Failures while the broker is away never count.
    /// </summary>
    [Range(1, 1_000)]
    public int RelayMaxAttempts { get; set; } = 5;

    /// <summary>
    /// Messages each consumer endpoint takes from the broker ahead of handling them, so a consumer that finishes one
    /// has the next at hand instead of waiting a broker round trip (MassTransit's default is two a core, 4 here).
    /// </summary>
    [Range(1, 1_000)]
    public int ConsumerPrefetch { get; set; } = 32;

    /// <summary>
    /// Messages each consumer endpoint handles at once, each in its own database transaction: bounded so that every
    /// endpoint of every service busy at once stays within the database's connections.
    /// </summary>
    [Range(1, 100)]
    public int ConsumerConcurrency { get; set; } = 8;

    /// <summary>How long published outbox rows and inbox ids are kept (for diagnosis and duplicate detection).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(14);
}
