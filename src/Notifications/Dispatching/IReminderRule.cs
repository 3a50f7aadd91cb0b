namespace SocialPrescribing.Notifications.Dispatching;

/// <summary>
/// One service's rule for when a reminder is due (the owning service has the data). Runs at every
/// scheduler tick, so it must be cheap when nothing is due (an indexed query, or nothing until its hour).
/// </summary>
public interface IReminderRule
{
    /// <returns>How many notifications it recorded.</returns>
    Task<int> RecordDueAsync(CancellationToken cancellationToken);
}
