using System.Collections.Concurrent;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Which daily reminder runs this replica has finished, so a rule asked every minute does its work
/// once a day. In memory: after a restart a run is repeated, and the reminders' keys keep it from recording twice.
/// </summary>
public sealed class ReminderDays
{
    private readonly ConcurrentDictionary<string, DateOnly> _done = new();

    public bool AreDone(string rule, DateOnly day) => _done.TryGetValue(rule, out var done) && done >= day;

    public void MarkDone(string rule, DateOnly day) => _done[rule] = day;
}
