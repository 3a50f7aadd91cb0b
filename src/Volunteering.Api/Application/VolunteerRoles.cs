namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// The roles volunteers take and the check each needs: the one place that says a befriender must hold
/// an in-date enhanced DBS check with barred lists (they work one to one with adults at risk, often
/// in their homes). A role without a check is open to anyone who holds it.
/// </summary>
public static class VolunteerRoles
{
    public const string Befriender = "befriender";
    public const string ActivityBuddy = "activity-buddy";
    public const string Driver = "driver";
    public const string GroupHelper = "group-helper";
    public const string PeerSupporter = "peer-supporter";

    private static readonly Dictionary<string, DbsLevel?> RequiredDbs = new(StringComparer.Ordinal)
    {
        [Befriender] = DbsLevel.EnhancedWithBarredLists,
        [Driver] = DbsLevel.EnhancedWithBarredLists,
        [ActivityBuddy] = null,
        [GroupHelper] = null,
        [PeerSupporter] = null,
    };

    public static IReadOnlyCollection<string> All => RequiredDbs.Keys;

    public static bool IsKnown(string role) => RequiredDbs.ContainsKey(role);

    public static DbsLevel? DbsNeededFor(string role) => RequiredDbs.GetValueOrDefault(role);

    /// <summary>Why the volunteer may not take the role on the date, or null when they may.</summary>
    public static string? WhyBlocked(Volunteer volunteer, string role, DateOnly on)
    {
        if (!volunteer.Roles.Contains(role))
        {
            return $"The volunteer does not take the role \"{role}\".";
        }
        if (DbsNeededFor(role) is not { } needed)
        {
            return null;
        }
        var level = DbsCodes.Code(needed);
        return volunteer.Dbs switch
        {
            null => $"The role needs a DBS check ({level}); none is recorded.",
            { } dbs when dbs.Level < needed => $"The role needs a DBS check at level {level}; the check on record is {DbsCodes.Code(dbs.Level)}.",
            { } dbs when !dbs.IsInDateOn(on) => $"The role needs an in-date DBS check; the check on record had to be renewed by {dbs.RenewBy:yyyy-MM-dd}.",
            _ => null,
        };
    }

    /// <summary>The volunteer's roles split into those they may take on the date and those blocked, with reasons.</summary>
    public static (IReadOnlyList<string> Open, IReadOnlyList<(string Role, string Reason)> Blocked) Split(Volunteer volunteer, DateOnly on)
    {
        var open = new List<string>();
        var blocked = new List<(string, string)>();
        foreach (var role in volunteer.Roles)
        {
            if (WhyBlocked(volunteer, role, on) is { } reason)
            {
                blocked.Add((role, reason));
            }
            else
            {
                open.Add(role);
            }
        }
        return (open, blocked);
    }

    /// <summary>The volunteer's roles that depend on their DBS check.</summary>
    public static IReadOnlyList<string> NeedingDbs(Volunteer volunteer) =>
        [.. volunteer.Roles.Where(r => DbsNeededFor(r) is not null)];
}

/// <summary>DBS levels as the API and events spell them ("enhanced-with-barred-lists").</summary>
public static class DbsCodes
{
    public static string Code(DbsLevel level) => level.WireName();
}
