using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using SocialPrescribing.Messaging;

namespace SocialPrescribing.CommunityDirectory.Infrastructure;

public sealed class DirectoryContext(DbContextOptions<DirectoryContext> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivitySchedule> Schedules => Set<ActivitySchedule>();
    public DbSet<ActivityLocation> ActivityLocations => Set<ActivityLocation>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Taxonomy> Taxonomies => Set<Taxonomy>();
    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();
    public DbSet<PlaceHold> PlaceHolds => Set<PlaceHold>();
    public DbSet<PartnerSurveyResponse> PartnerSurveyResponses => Set<PartnerSurveyResponse>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PartnerSurveyResponse>(response =>
        {
            response.ToTable("partner_survey_responses");
            foreach (var answer in new[] { nameof(PartnerSurveyResponse.RelationshipWithCommissioners), nameof(PartnerSurveyResponse.AbleToAddValue),
                         nameof(PartnerSurveyResponse.ReferralsAppropriate), nameof(PartnerSurveyResponse.FundingAndCapacity) })
            {
                response.Property(answer).HasConversion<string>().HasMaxLength(30);
            }
            response.Property(r => r.Comments).HasMaxLength(FieldLimits.Description);
            // Once a year per organisation, even when two managers answer at once.
            response.HasIndex(r => new { r.OrganisationId, r.Year }).IsUnique();
        });

        modelBuilder.Entity<Organisation>(organisation =>
        {
            organisation.ToTable("organisations");
            organisation.Property(o => o.Name).HasMaxLength(FieldLimits.Name);
            organisation.Property(o => o.Description).HasMaxLength(FieldLimits.Description);
            organisation.Property(o => o.CharityNumber).HasMaxLength(FieldLimits.Identifier);
            organisation.Property(o => o.CompanyNumber).HasMaxLength(FieldLimits.Identifier);
            organisation.Property(o => o.Email).HasMaxLength(FieldLimits.Email);
            organisation.Property(o => o.Website).HasMaxLength(FieldLimits.Url);
            organisation.Property(o => o.Phone).HasMaxLength(FieldLimits.Phone);
            organisation.Property(o => o.Version).IsRowVersion();
            // The database has the last word on duplicates, even when two registrations race.
            organisation.HasIndex(o => o.CharityNumber).IsUnique().HasFilter("\"CharityNumber\" IS NOT NULL");
        });

        modelBuilder.Entity<Location>(location =>
        {
            location.ToTable("locations");
            location.Property(l => l.Name).HasMaxLength(FieldLimits.Name);
            location.Property(l => l.Description).HasMaxLength(FieldLimits.Description);
            location.Property(l => l.AddressLine1).HasMaxLength(FieldLimits.Name);
            location.Property(l => l.City).HasMaxLength(FieldLimits.Short);
            location.Property(l => l.Region).HasMaxLength(FieldLimits.Short);
            location.Property(l => l.Postcode).HasMaxLength(10);
            location.Property(l => l.PostcodeDistrict).HasMaxLength(5);
            location.Property(l => l.Version).IsRowVersion();
            location.HasIndex(l => l.OrganisationId);
            // Distance search narrows to a latitude/longitude box through this index before computing exact distances.
            location.HasIndex(l => new { l.Latitude, l.Longitude });
        });

        modelBuilder.Entity<Activity>(activity =>
        {
            activity.ToTable("activities", table =>
            {
                table.HasCheckConstraint("ck_activities_free_places", "\"FreePlaces\" >= 0 AND \"FreePlaces\" <= \"TotalPlaces\"");
                table.HasCheckConstraint("ck_activities_ages", "\"MinimumAge\" <= \"MaximumAge\"");
            });
            activity.Property(a => a.Name).HasMaxLength(FieldLimits.Name);
            activity.Property(a => a.Description).HasMaxLength(FieldLimits.Description);
            activity.Property(a => a.Url).HasMaxLength(FieldLimits.Url);
            activity.Property(a => a.Email).HasMaxLength(FieldLimits.Email);
            activity.Property(a => a.WhoItIsFor).HasMaxLength(FieldLimits.Text);
            activity.Property(a => a.AreaServed).HasMaxLength(FieldLimits.Text);
            activity.Property(a => a.ContactName).HasMaxLength(FieldLimits.Short);
            activity.Property(a => a.ContactEmail).HasMaxLength(FieldLimits.Email);
            activity.Property(a => a.ContactPhone).HasMaxLength(FieldLimits.Phone);
            activity.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            activity.Property(a => a.ReferralMode).HasConversion<string>().HasMaxLength(20);
            activity.Property(a => a.CapacityBasis).HasConversion<string>().HasMaxLength(20);
            activity.Property(a => a.CostOptions).HasColumnType("jsonb").HasConversion(
                options => JsonSerializer.Serialize(options, JsonSerializerOptions.Web),
                json => JsonSerializer.Deserialize<List<CostOption>>(json, JsonSerializerOptions.Web) ?? new List<CostOption>(),
                new ValueComparer<List<CostOption>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (h, c) => HashCode.Combine(h, c)), list => list.ToList()));
            activity.Property(a => a.Version).IsRowVersion();
            activity.HasGeneratedTsVectorColumn(a => a.SearchVector, "english", a => new { a.Name, a.Description, a.WhoItIsFor });
            activity.HasIndex(a => a.SearchVector).HasMethod("GIN");
            activity.HasIndex(a => a.NeedTermIds).HasMethod("GIN");
            activity.HasIndex(a => a.ActivityTypeTermIds).HasMethod("GIN");
            activity.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId);
            activity.HasIndex(a => a.OrganisationId);
            activity.HasIndex(a => new { a.Status, a.ModifiedAt });
            activity.HasMany(a => a.Schedules).WithOne().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Cascade);
            activity.HasMany(a => a.Locations).WithOne().HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.Cascade);
            activity.Navigation(a => a.Schedules).AutoInclude();
            activity.Navigation(a => a.Locations).AutoInclude();
        });

        modelBuilder.Entity<ActivitySchedule>(schedule =>
        {
            schedule.ToTable("schedules");
            // Ids are set in code, so EF must insert (not update) a schedule it finds in Activity.Schedules.
            schedule.Property(s => s.Id).ValueGeneratedNever();
            schedule.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(10);
            schedule.Property(s => s.ByDay).HasMaxLength(100);
            schedule.Property(s => s.ByMonthDay).HasMaxLength(100);
            schedule.Property(s => s.Description).HasMaxLength(FieldLimits.Text);
        });

        modelBuilder.Entity<ActivityLocation>(link =>
        {
            link.ToTable("activity_locations");
            link.Property(l => l.Id).ValueGeneratedNever();
            link.HasIndex(l => new { l.ActivityId, l.LocationId }).IsUnique();
            link.HasIndex(l => l.LocationId);
            link.HasOne(l => l.Location).WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
            link.Navigation(l => l.Location).AutoInclude();
        });

        modelBuilder.Entity<Taxonomy>(taxonomy =>
        {
            taxonomy.ToTable("taxonomies");
            taxonomy.Property(t => t.Code).HasMaxLength(FieldLimits.Code);
            taxonomy.Property(t => t.Name).HasMaxLength(FieldLimits.Name);
            taxonomy.Property(t => t.Description).HasMaxLength(FieldLimits.Description);
            taxonomy.Property(t => t.Version).HasMaxLength(FieldLimits.Code);
            taxonomy.HasIndex(t => t.Code).IsUnique();
        });

        modelBuilder.Entity<TaxonomyTerm>(term =>
        {
            term.ToTable("taxonomy_terms");
            term.Property(t => t.Code).HasMaxLength(FieldLimits.Code);
            term.Property(t => t.Name).HasMaxLength(FieldLimits.Name);
            term.Property(t => t.Description).HasMaxLength(FieldLimits.Description);
            term.HasIndex(t => t.Code).IsUnique();
            term.HasIndex(t => t.ParentId);
            term.HasOne<Taxonomy>().WithMany().HasForeignKey(t => t.TaxonomyId);
            term.HasOne<TaxonomyTerm>().WithMany().HasForeignKey(t => t.ParentId);
        });

        modelBuilder.Entity<PlaceHold>(hold =>
        {
            hold.ToTable("place_holds");
            hold.HasKey(h => h.ConnectionId);
            hold.Property(h => h.HeldBy).HasMaxLength(100);
            hold.HasIndex(h => h.ActivityId).HasFilter("\"ReleasedAt\" IS NULL");
            hold.HasOne<Activity>().WithMany().HasForeignKey(h => h.ActivityId);
        });

        modelBuilder.HasDbFunction(typeof(DirectoryDbFunctions).GetMethod(nameof(DirectoryDbFunctions.DistanceMetres))!)
            .HasName("distance_metres");
        modelBuilder.HasDbFunction(typeof(DirectoryDbFunctions).GetMethod(nameof(DirectoryDbFunctions.RowsBeforePaging))!)
            .HasTranslation(_ => new SqlFragmentExpression("(count(*) OVER ())::int", typeof(int), new IntTypeMapping("integer")));

        modelBuilder.AddMessagingTables();
    }
}
