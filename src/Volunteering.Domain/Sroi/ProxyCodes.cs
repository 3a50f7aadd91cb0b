namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>Codes of the proxies the service fills from its own data; commissioners may add others.</summary>
public static class ProxyCodes
{
    public const string VolunteerHour = "volunteer-hour";
    public const string Wellby = "wellby";
}
