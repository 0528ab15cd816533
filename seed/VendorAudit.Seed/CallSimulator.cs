using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Findings;

namespace VendorAudit.Seed;

/// <summary>Plays one call through the queue and the agent's hands, abuses included.</summary>
internal sealed class CallSimulator(VendorModel model, Dice dice, CallerPool callers)
{
    private const double ShortAbandonShare = 0.015;
    private const double PatienceMean = 420;
    private const int QueueTimeoutSeconds = 1800;
    private const int SystemDropAfterSeconds = 180;
    private const int DumpingWaitSeconds = 90;
    private const double SilentCallShare = 0.008;
    private const double CallbackHonouredNormally = 0.97;

    private readonly VendorProfile profile = model.Profile;
    private readonly string source = model.Profile.Platform == Platform.Connect ? "connect" : "queue_log";
    private readonly PlantSpec? systemDrop = model.Profile.VendorPlant(FindingKinds.SystemDrop);
    private readonly double callbackHonoured = model.Profile.VendorPlant(FindingKinds.CallbackNotHonored) is { } notHonored
        ? 1 - notHonored.Rate : CallbackHonouredNormally;
    private readonly int? cap = model.Vendor.Targets.HandleTimeCapSeconds;

    public (DemoCall Call, FollowUp? Next) Simulate(Pending pending, string externalId, DateTimeOffset startedAt,
        DayOfWeek day, int hour, double load)
    {
        var caller = pending.Caller >= 0 ? pending.Caller : callers.Draw(dice);
        var queue = pending.Queue ?? profile.Queues[dice.Weighted(profile.QueueWeights)];
        var call = new CallDraft();
        if (pending.Kind == CallKind.Callback) Answer(ref call, model.PickAgent(dice, day, hour), queue, 0, outbound: true);
        else Queue(ref call, queue, day, hour, load);

        var details = new CallDetails
        {
            Source = source,
            RingSeconds = call.Ring,
            Holds = call.Holds,
            QueuePosition = pending.Kind == CallKind.Callback ? 0 : 1 + call.Wait / 30 + dice.Between(0, 2),
            Disposition = call.Disposition,
            Language = callers.Language(caller),
            InitiationMethod = pending.Kind == CallKind.Callback ? "CALLBACK" : "INBOUND",
            DisconnectReason = CallTexts.DisconnectReason(profile.Platform, call.End),
            CallbackRequested = call.CallbackRequested,
            CallbackMade = call.CallbackMade,
            PreviousContactId = pending.PreviousId,
            TransferTarget = call.TransferTarget,
        };
        var result = new DemoCall(profile.Code, externalId, startedAt, new CallTimings(call.Wait, call.Talk, call.Hold, call.Acw),
            call.Outcome, call.EndedBy, call.Agent?.Agent.Name, queue, callers.Number(caller), call.Transfers, details);
        if (call.Next is not { } next) return (result, null);
        var followUp = new Pending(next, caller, queue, next == CallKind.Callback ? externalId : null);
        return (result, new FollowUp(call.Wait + call.Talk + call.Hold + call.NextDelay, followUp));
    }

    private void Queue(ref CallDraft call, string queue, DayOfWeek day, int hour, double load)
    {
        if (dice.Chance(ShortAbandonShare))
        {
            Unanswered(ref call, CallOutcome.Abandoned, End.Abandon, dice.Between(0, 4));
            return;
        }
        var pickup = Traffic.Pickup(dice, profile.WaitScale, load);
        var patience = (int)dice.Exponential(PatienceMean) + 5;
        var timeout = systemDrop is null ? QueueTimeoutSeconds : SystemDropAfterSeconds;
        if (pickup >= timeout && patience >= timeout && (systemDrop is null || dice.Chance(systemDrop.Rate)))
        {
            Unanswered(ref call, CallOutcome.SystemTimeout, End.Timeout, timeout + dice.Between(0, 4));
            call.EndedBy = EndedBy.System;
            Then(ref call, CallKind.Repeat, 0.65, 300, 3600);
        }
        else if (patience < pickup && patience >= 60 && dice.Chance(profile.CallbackOfferTaken))
        {
            Unanswered(ref call, CallOutcome.ExitKey, End.Key, patience);
            Callback(ref call);
        }
        else if (patience < pickup)
        {
            Unanswered(ref call, CallOutcome.Abandoned, End.Abandon, patience);
            Then(ref call, CallKind.Repeat, 0.45, 120, 2400);
        }
        else
        {
            var desk = model.Desk;
            var agent = queue == "general" && desk is not null && desk.Works(day, hour) && dice.Chance(0.6)
                ? desk : model.PickAgent(dice, day, hour);
            Answer(ref call, agent, queue, pickup, outbound: false);
        }
    }

    private void Answer(ref CallDraft call, AgentModel agent, string queue, int wait, bool outbound)
    {
        call.Agent = agent;
        call.Outcome = CallOutcome.Answered;
        call.Wait = wait;
        call.Ring = outbound ? dice.Between(5, 20) : dice.Between(1, 8);
        if (!outbound && wait >= DumpingWaitSeconds && dice.Chance(agent.DumpRate))
        {
            Short(ref call, EndedBy.Agent, dice.Between(0, 3), null);
            Then(ref call, CallKind.Repeat, 0.70, 60, 1800);
        }
        else if (dice.Chance(agent.HangupRate))
        {
            // The abuser codes the call as silent, which is what a silent call looks like too.
            Short(ref call, EndedBy.Agent, dice.Between(1, 10), "silent-call");
            Then(ref call, CallKind.Repeat, 0.60, 600, 14_400);
        }
        else if (!outbound && dice.Chance(queue == "general" ? 0.45 : 0.01))
        {
            Short(ref call, EndedBy.Caller, dice.Between(3, 20), "wrong-number");
        }
        else if (dice.Chance(SilentCallShare))
        {
            Short(ref call, EndedBy.Agent, dice.Between(2, 10), "silent-call");
        }
        else
        {
            Conversation(ref call, agent, queue);
        }
    }

    private void Conversation(ref CallDraft call, AgentModel agent, string queue)
    {
        var median = profile.TalkMedian * CallTexts.TalkFactor(queue) * agent.TalkFactor;
        var transfer = dice.Chance(agent.TransferRate);
        call.Talk = transfer
            ? (int)Math.Clamp(dice.LogNormal(agent.Deflects ? 55 : median * 0.6, 0.5), 15, 1800)
            : (int)Math.Clamp(dice.LogNormal(median, 0.6), 20, 3600);
        call.Holds = dice.Chance(agent.HoldShare) ? (dice.Chance(0.75) ? 1 : dice.Between(2, 3)) : 0;
        for (var i = 0; i < call.Holds; i++) call.Hold += (int)Math.Clamp(dice.LogNormal(40, 0.6), 5, 600);
        call.Acw = (int)Math.Clamp(dice.LogNormal(agent.AcwMedian, 0.3), 8, 75);

        if (transfer)
        {
            call.Outcome = CallOutcome.Transferred;
            call.Transfers = dice.Chance(0.1) ? 2 : 1;
            call.EndedBy = EndedBy.Agent;
            call.End = End.Transfer;
            call.Disposition = "transferred";
            call.TransferTarget = agent.Deflects && dice.Chance(0.5) ? "subcontractor" : CallTexts.TransferTarget(queue);
            Then(ref call, CallKind.Repeat, agent.Deflects ? 0.50 : 0.12, 3600, 172_800);
            return;
        }

        call.EndedBy = dice.Chance(0.87) ? EndedBy.Caller : EndedBy.Agent;
        call.Disposition = dice.Pick(CallTexts.Dispositions(queue));
        if (cap is { } limit && call.Talk + call.Hold + call.Acw >= limit && dice.Chance(agent.GamingRate))
        {
            // Wrapped up in a hurry just under the cap: short ACW, talk cut to fit.
            var target = limit - 1 - Math.Min(16, (int)dice.Exponential(4));
            call.Acw = Math.Min(call.Acw, dice.Between(8, 20));
            if (call.Hold > target / 3) (call.Hold, call.Holds) = (0, 0);
            call.Talk = target - call.Hold - call.Acw;
            call.EndedBy = dice.Chance(0.85) ? EndedBy.Agent : EndedBy.Caller;
            Then(ref call, CallKind.Repeat, 0.25, 3600, 172_800);
        }
        else if (dice.Chance(0.02))
        {
            call.Disposition = "callback-promised";
            Callback(ref call);
        }
        else
        {
            Then(ref call, CallKind.Repeat, 0.07, 7200, 259_200);
        }
        call.End = call.EndedBy == EndedBy.Agent ? End.Agent : End.Caller;
    }

    private void Short(ref CallDraft call, EndedBy endedBy, int talk, string? disposition)
    {
        call.Talk = talk;
        call.Acw = dice.Between(0, 8);
        call.EndedBy = endedBy;
        call.End = endedBy == EndedBy.Agent ? End.Agent : End.Caller;
        call.Disposition = disposition;
    }

    private static void Unanswered(ref CallDraft call, CallOutcome outcome, End end, int wait)
    {
        call.Outcome = outcome;
        call.End = end;
        call.Wait = wait;
        call.EndedBy = EndedBy.Caller;
    }

    private void Callback(ref CallDraft call)
    {
        call.CallbackRequested = true;
        call.CallbackMade = dice.Chance(callbackHonoured);
        if (call.CallbackMade) (call.Next, call.NextDelay) = (CallKind.Callback, dice.Between(900, 14_400));
    }

    private void Then(ref CallDraft call, CallKind kind, double probability, int minDelay, int maxDelay)
    {
        if (dice.Chance(probability)) (call.Next, call.NextDelay) = (kind, dice.Between(minDelay, maxDelay));
    }
}
