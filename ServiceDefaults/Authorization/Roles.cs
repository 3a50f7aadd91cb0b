namespace SocialPrescribing.Authorization;

/// <summary>Values of the <c>role</c> claim.</summary>
public static class Roles
{
    public const string LinkWorker = "link-worker";
    public const string TeamLead = "team-lead";
    public const string VcseStaff = "vcse-staff";
    public const string VcseManager = "vcse-manager";
    public const string Commissioner = "commissioner";
    public const string Administrator = "administrator";
    public const string Volunteer = "volunteer";

    /// <summary>A VCSE organisation's own API client (client-credentials grant).</summary>
    public const string VcseClient = "vcse-client";

    /// <summary>A GP practice's clinical system (client-credentials grant), sending referrals to one team.</summary>
    public const string GpSystem = "gp-system";

    /// <summary>One of our services acting for itself in background work, not for a person.</summary>
    public const string Service = "service";

    /// <summary>Roles a person can hold (the client roles are given to machines only).</summary>
    public static IReadOnlyList<string> People { get; } =
        [LinkWorker, TeamLead, VcseStaff, VcseManager, Commissioner, Administrator, Volunteer];
}
