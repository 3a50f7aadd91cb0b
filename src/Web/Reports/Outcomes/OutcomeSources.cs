namespace SocialPrescribing.Web.Reports.Outcomes;

/// <summary>
/// The outcomes page's sources, in the order the page shows them. To add measures, write an
/// <see cref="IOutcomeSource"/> over the owning service's report endpoint and add one line here.
/// </summary>
public static class OutcomeSources
{
    public static IServiceCollection AddOutcomeSources(this IServiceCollection services) => services
        .AddScoped<IOutcomeSource, ReferralOutcomes>()
        .AddScoped<IOutcomeSource, ExperienceOutcomes>()
        .AddScoped<IOutcomeSource, VolunteeringOutcomes>()
        .AddScoped<IOutcomeSource, VolunteeringDiversityOutcomes>()
        .AddScoped<IOutcomeSource, SroiOutcomes>()
        .AddScoped<IOutcomeSource, NotificationOutcomes>()
        .AddScoped<IOutcomeSource, PartnerSurveyOutcomes>();
}
