using Microsoft.EntityFrameworkCore;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;
using SocialPrescribing.Volunteering.Application;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.HourLogs;
using SocialPrescribing.Volunteering.Infrastructure;

namespace SocialPrescribing.Volunteering.Api.Tests;

/// <summary>
/// The SROI report reads running totals of approved time (<see cref="ApprovedHourTotals"/>) instead of summing
/// logs; these tests hold it to the figure that summing the logs themselves gives.
/// </summary>
public sealed class ApprovedHourTotalsTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid[] Organisations = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
    private static readonly Guid?[] Activities = [null, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

    [Fact]
    public async Task The_reports_approved_time_equals_the_sum_of_approved_logs_after_approvals_corrections_rejections_withdrawals_and_deletions()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var random = new Random(2026);
        var ids = await app.WithDbAsync(async db =>
        {
            // Two statements' worth of logs: one organisation approves automatically, so some arrive approved.
            var logs = Enumerable.Range(0, 600).Select(_ => NewLog(random, random.Next(4) == 0 ? HourApprovalPolicy.AutoApproveAll : HourApprovalPolicy.Manual)).ToList();
            db.HourLogs.AddRange(logs);
            await db.SaveChangesAsync(Ct);
            return logs.Select(l => l.Id).ToList();
        });

        foreach (var round in Enumerable.Range(0, 3))
        {
            await app.WithDbAsync(async db =>
            {
                var logs = await db.HourLogs.Where(l => ids.Contains(l.Id)).ToListAsync(Ct);
                foreach (var log in logs)
                {
                    Change(log, random);
                }
                await db.SaveChangesAsync(Ct);
                return 0;
            });
        }
        var deleted = await app.WithDbAsync(db =>
            db.HourLogs.Where(l => ids.Contains(l.Id) && l.Status == HourLogStatus.Approved).OrderBy(l => l.Id).Take(25).ExecuteDeleteAsync(Ct));

        Assert.Equal(25, deleted);
        var (checkedPeriods, withTime) = await CompareAsync(app, random);
        Assert.True(withTime > checkedPeriods / 2, $"Only {withTime} of {checkedPeriods} periods held approved time: the mix does not exercise the totals.");
    }

    [Fact]
    public async Task Two_approvals_at_once_for_the_same_month_and_organisation_both_count()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var organisation = Organisations[0];
        var first = NewLog(organisation, new DateOnly(2026, 6, 3), 90, HourApprovalPolicy.Manual);
        var second = NewLog(organisation, new DateOnly(2026, 6, 17), 45, HourApprovalPolicy.Manual);
        await app.WithDbAsync(db =>
        {
            db.HourLogs.AddRange(first, second);
            return db.SaveChangesAsync(Ct);
        });

        // Contexts without the service's retrying strategy, so the test holds both transactions open itself.
        var connectionString = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var db1 = new VolunteeringContext(new DbContextOptionsBuilder<VolunteeringContext>().UseNpgsql(connectionString).Options);
        await using var db2 = new VolunteeringContext(new DbContextOptionsBuilder<VolunteeringContext>().UseNpgsql(connectionString).Options);
        await using var transaction1 = await db1.Database.BeginTransactionAsync(Ct);
        await using var transaction2 = await db2.Database.BeginTransactionAsync(Ct);
        (await db1.HourLogs.SingleAsync(l => l.Id == first.Id, Ct)).Approve("staff.a", Now);
        (await db2.HourLogs.SingleAsync(l => l.Id == second.Id, Ct)).Approve("staff.b", Now);
        await db1.SaveChangesAsync(Ct);
        var secondSave = db2.SaveChangesAsync(Ct);
        // The second approval adds to the month's total the first holds (uncommitted), so it must wait for it.
        await Task.WhenAny(secondSave, Task.Delay(TimeSpan.FromMilliseconds(500), Ct));
        Assert.False(secondSave.IsCompleted, "The second approval did not wait for the first's month total.");
        await transaction1.CommitAsync(Ct);
        await secondSave;
        await transaction2.CommitAsync(Ct);

        var june = new DatePeriod(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));
        var totals = await app.WithDbAsync(db => new HourTotalsQueries(db).ApprovedAsync(organisation, null, june, Ct));
        Assert.Equal(new ApprovedTime(135, 2), totals);
        Assert.Equal(totals, await app.WithDbAsync(db => SumOfLogsAsync(db, organisation, null, june)));
    }

    /// <summary>Whole months, ragged ends, single days and a programme's activities, for every organisation.</summary>
    private static async Task<(int Periods, int WithTime)> CompareAsync(VolunteeringApp app, Random random)
    {
        var periods = new List<DatePeriod>
        {
            new(new DateOnly(2026, 5, 1), new DateOnly(2026, 9, 30)),
            new(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)),
            new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
        };
        for (var i = 0; i < 30; i++)
        {
            var from = new DateOnly(2026, 5, 1).AddDays(random.Next(150));
            periods.Add(new DatePeriod(from, from.AddDays(random.Next(i % 3 == 0 ? 3 : 90))));
        }
        IReadOnlyList<Guid>?[] scopes = [null, [Activities[1]!.Value], [Activities[2]!.Value, Activities[3]!.Value]];
        var (count, withTime) = (0, 0);
        foreach (var organisation in Organisations)
        {
            foreach (var period in periods)
            {
                foreach (var activities in scopes)
                {
                    var totals = await app.WithDbAsync(db => new HourTotalsQueries(db).ApprovedAsync(organisation, activities, period, Ct));
                    var sum = await app.WithDbAsync(db => SumOfLogsAsync(db, organisation, activities, period));
                    Assert.True(sum == totals, $"{organisation}, {period}, activities {activities?.Count ?? 0}: totals {totals}, logs {sum}.");
                    count++;
                    withTime += sum.Logs > 0 ? 1 : 0;
                }
            }
        }
        return (count, withTime);
    }

    private static Task<ApprovedTime> SumOfLogsAsync(VolunteeringContext db, Guid organisation, IReadOnlyList<Guid>? activities, DatePeriod period)
    {
        var scope = activities?.ToArray() ?? [];
        return db.Database.SqlQuery<ApprovedTime>($"""
            SELECT COALESCE(SUM(duration_minutes), 0)::bigint AS "Minutes", COUNT(*) AS "Logs" FROM hour_logs
            WHERE status = 'Approved' AND organisation_id = {organisation} AND date BETWEEN {period.From} AND {period.To}
              AND (cardinality({scope}) = 0 OR activity_id = ANY({scope}))
            """).SingleAsync(Ct);
    }

    /// <summary>Approve, reject or withdraw a waiting log, or correct one that claims time (minutes, day across months, activity).</summary>
    private static void Change(HourLog log, Random random)
    {
        var roll = random.Next(10);
        if (log.Status == HourLogStatus.Submitted && roll < 5)
        {
            log.Approve("staff", Now);
        }
        else if (log.Status == HourLogStatus.Submitted && roll == 5)
        {
            log.Reject("staff", Now, "Not our session");
        }
        else if (log.Status == HourLogStatus.Submitted && roll == 6)
        {
            log.Withdraw("volunteer", Now);
        }
        else if (log.Status.ClaimsTime() && roll >= 7)
        {
            var content = log.Content with
            {
                Date = roll == 9 ? log.Content.Date.AddDays(random.Next(-20, 21)) : log.Content.Date,
                Duration = TimeSpan.FromMinutes(random.Next(15, 480)),
                ActivityId = roll == 8 ? Activities[random.Next(Activities.Length)] : log.Content.ActivityId,
            };
            log.Edit(content, "staff", Now, []);
        }
    }

    private static HourLog NewLog(Random random, HourApprovalPolicy policy) =>
        NewLog(Organisations[random.Next(Organisations.Length)], new DateOnly(2026, 5, 1).AddDays(random.Next(120)), random.Next(15, 480), policy,
            Activities[random.Next(Activities.Length)]);

    private static HourLog NewLog(Guid organisation, DateOnly date, int minutes, HourApprovalPolicy policy, Guid? activity = null) =>
        HourLog.Submit(Guid.NewGuid(), new HourLogContent(Guid.NewGuid(), organisation, activity, "befriender", date, TimeSpan.FromMinutes(minutes), null),
            HourLogSource.Volunteer, "volunteer", Now, [], policy);
}
