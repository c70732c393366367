import type { SentimentValue } from './insights';

/**
 * Support conversations the simulated AI "transcribes": each is exchanges of [agent, caller] lines, so speakers
 * alternate, opening with the agent. `{agent}`, `{order}`, `{amount}` and `{date}` are filled per call.
 */
export interface Conversation {
  theme: 'refund' | 'delivery' | 'login' | 'billing' | 'cancellation';
  exchanges: [agent: string, caller: string][];
  /** The last exchange, kept when a short call cuts the rest. */
  closing: [agent: string, caller: string];
  summary: string;
  topics: string[];
  actionItems: string[];
  /** The caller's mood, one picked per call; the agent stays positive or neutral. */
  callerSentiments: SentimentValue[];
}

export const conversations: Conversation[] = [
  {
    theme: 'refund',
    exchanges: [
      [
        'Thanks for calling Acme support, this is {agent}. How can I help you today?',
        "Hi, I was charged twice for order {order} and I'd like a refund for the second charge.",
      ],
      [
        'I am sorry about that. Could you confirm the email address on the order?',
        "Sure, it's the one ending in gmail dot com, same as my account.",
      ],
      [
        'Thank you. I can see two payments of {amount} on {date}, one of them is a duplicate.',
        'Yes, exactly. I only placed the order once.',
      ],
      [
        "I've started a refund of {amount} for the duplicate payment.",
        'Great. How long will the refund take to show up?',
      ],
      ['Refunds reach your card within five to seven business days.', "Okay, that's fine as long as it comes back."],
    ],
    closing: [
      'I will also email you a confirmation of the refund. Anything else I can do?',
      "No, that's all. Thank you for your help.",
    ],
    summary:
      'The customer was charged twice for order {order}. {agent} confirmed the duplicate payment of {amount} and issued a refund, expected within five to seven business days; a confirmation email follows.',
    topics: ['Refund', 'Duplicate charge', 'Payments'],
    actionItems: [
      'Send the refund confirmation email for order {order}',
      'Check that the refund of {amount} has settled in 7 days',
    ],
    callerSentiments: ['negative', 'neutral', 'neutral'],
  },
  {
    theme: 'refund',
    exchanges: [
      [
        'Acme support, {agent} speaking. What can I do for you?',
        'Hello, I returned a pair of headphones two weeks ago and I still have not received my refund.',
      ],
      ['Let me look into it. Do you have the order number?', "Yes, it's {order}."],
      [
        'I see the return arrived at our warehouse on {date}, but the refund was never processed.',
        "That's frustrating, I've been waiting for ages.",
      ],
      [
        'I understand, and I apologise. I am processing the refund of {amount} right now.',
        'Will it go back to my original card?',
      ],
      [
        'Yes, to the card you paid with. I have also flagged the delay to our returns team.',
        'Okay, thank you for sorting it out.',
      ],
    ],
    closing: ['You will get an email once the refund is issued. Have a good day.', 'You too, bye.'],
    summary:
      'The customer returned headphones (order {order}) but had not been refunded. {agent} found the return received on {date} and unprocessed, issued the refund of {amount} to the original card and reported the delay to the returns team.',
    topics: ['Refund', 'Returns', 'Delay'],
    actionItems: [
      'Report the unprocessed return of order {order} to the returns team',
      'Email the customer when the refund of {amount} is issued',
    ],
    callerSentiments: ['negative', 'negative', 'neutral'],
  },
  {
    theme: 'delivery',
    exchanges: [
      [
        'Thank you for calling Acme, this is {agent}. How can I help?',
        "Hi, my parcel for order {order} was supposed to arrive yesterday and it's still not here.",
      ],
      ['Let me check the tracking for you.', "Thanks. The tracking page hasn't changed in three days."],
      [
        'I can see the parcel is held at the local depot because the address is missing a flat number.',
        'Oh, I must have forgotten it. It is flat 4B.',
      ],
      [
        "I've added flat 4B to the delivery address and asked the carrier to deliver again.",
        'When should I expect it now?',
      ],
      ['The carrier has scheduled delivery for {date}, between nine and one.', 'Perfect, I will be at home.'],
    ],
    closing: [
      'I will send you the updated tracking link by text. Anything else?',
      "No, that's everything. Thanks a lot.",
    ],
    summary:
      'The customer asked about a late delivery for order {order}. {agent} found the parcel held at the depot for a missing flat number, corrected the address and rescheduled delivery for {date}.',
    topics: ['Delivery', 'Tracking', 'Address change'],
    actionItems: [
      'Send the updated tracking link by text',
      'Confirm with the carrier that order {order} is delivered on {date}',
    ],
    callerSentiments: ['neutral', 'neutral', 'positive'],
  },
  {
    theme: 'delivery',
    exchanges: [
      [
        'Acme support, {agent} here. What can I do for you today?',
        'Hello, I received my order {order} but the box was damaged and one of the glasses is broken.',
      ],
      [
        'I am so sorry to hear that. Could you send us a photo of the damage?',
        'I can do that right now, to which address?',
      ],
      ['You can reply to the order confirmation email with the photo attached.', 'Okay, I just sent it.'],
      ['Got it, thank you. I am sending a replacement glass free of charge.', 'Do I need to send the broken one back?'],
      ['No need, you can recycle it. The replacement should arrive on {date}.', 'That is really helpful, thanks.'],
    ],
    closing: ['My pleasure. I hope you enjoy the rest of the set.', 'Thank you, goodbye.'],
    summary:
      'Order {order} arrived damaged with one glass broken. The customer emailed a photo, and {agent} shipped a free replacement, expected on {date}; no return is needed.',
    topics: ['Delivery', 'Damaged item', 'Replacement'],
    actionItems: ['Ship a replacement glass for order {order}', 'File a damage claim with the carrier'],
    callerSentiments: ['neutral', 'positive', 'neutral'],
  },
  {
    theme: 'login',
    exchanges: [
      [
        'Hi, this is {agent} from Acme support. How can I help?',
        "I can't log in to my account, it keeps saying my password is wrong.",
      ],
      [
        'Let me check your account. Can you confirm your email address?',
        "Yes, it's my work address, the one I signed up with.",
      ],
      [
        'Thanks. I see the account was locked after five failed attempts this morning.',
        'That explains it. I tried a few old passwords.',
      ],
      ["I've unlocked it and sent you a password reset link.", 'I got the email. Let me try the link now.'],
      ['Take your time. The link stays valid for one hour.', "Okay, I've set a new password and I'm logged in."],
    ],
    closing: [
      'Great. I recommend turning on two-factor authentication in your settings.',
      "Good idea, I'll do that. Thanks.",
    ],
    summary:
      'The customer could not log in: the account was locked after five failed attempts. {agent} unlocked it and sent a password reset link; the customer reset the password and logged in, and was advised to enable two-factor authentication.',
    topics: ['Login problem', 'Password reset', 'Account security'],
    actionItems: ['Follow up on two-factor authentication set-up', 'Review the failed login attempts on the account'],
    callerSentiments: ['negative', 'neutral', 'positive'],
  },
  {
    theme: 'login',
    exchanges: [
      ['Acme support, {agent} speaking.', "Hello, I'm not receiving the verification code to log in to the app."],
      [
        'I am sorry about that. Is the code supposed to come by text message?',
        'Yes, but nothing arrives, I have tried four times.',
      ],
      ['I can see the phone number on your account has an old number.', 'Oh, I changed my number last month.'],
      ["I've updated it after checking your identity, and sent a new code.", 'It just arrived, thank you.'],
      ['You should be able to log in now.', "Yes, I'm in. That was quick."],
    ],
    closing: ['Glad to hear it. Anything else today?', "No, that's all, have a nice day."],
    summary:
      'The customer was not receiving the login verification code because the account still had an old phone number. {agent} verified their identity, updated the number and sent a new code; the customer logged in.',
    topics: ['Login problem', 'Two-factor authentication', 'Account update'],
    actionItems: ['Confirm the new phone number on the account by email'],
    callerSentiments: ['neutral', 'positive'],
  },
  {
    theme: 'billing',
    exchanges: [
      [
        'Thanks for calling Acme billing, this is {agent}. How can I help?',
        'Hi, my invoice for this month is {amount}, which is much higher than usual.',
      ],
      ['Let me look at the invoice with you.', 'Sure, I have it open in front of me.'],
      [
        'I can see three new user licences were added on {date}, which are billed for the full month.',
        "I didn't know adding users would cost that much.",
      ],
      [
        'Licences added mid-month are charged in full. I can prorate them this time as a courtesy.',
        'That would be great, thank you.',
      ],
      [
        "I've applied the credit, and your corrected invoice will be emailed today.",
        'Perfect. Can you also send me the pricing sheet?',
      ],
    ],
    closing: ['Of course, I will attach it to the email. Anything else?', "No, that's it. Thanks for your help."],
    summary:
      'The customer questioned a higher invoice of {amount}. {agent} explained three licences added on {date} were billed in full, applied a prorated credit as a courtesy and will email the corrected invoice with the pricing sheet.',
    topics: ['Billing', 'Invoice', 'Licences'],
    actionItems: [
      'Email the corrected invoice and the pricing sheet',
      'Add a note about the courtesy credit on the account',
    ],
    callerSentiments: ['negative', 'neutral'],
  },
  {
    theme: 'billing',
    exchanges: [
      [
        'Acme billing, {agent} here. What can I do for you?',
        'Hello, my card payment failed and now my account shows an overdue balance.',
      ],
      [
        'Let me check. The payment of {amount} on {date} was declined by your bank.',
        'Yes, my card expired. I have a new one.',
      ],
      [
        'You can update the card in your billing settings, or I can send you a secure payment link.',
        'The link would be easier, please.',
      ],
      ["I've sent it to your email. Once paid, the overdue notice disappears.", 'Okay, I paid it just now.'],
      ['I can see the payment went through. Your account is up to date.', 'Great, thank you.'],
    ],
    closing: ['You are welcome. Remember to add the new card for future invoices.', 'Will do. Bye.'],
    summary:
      'A payment of {amount} was declined on {date} because the card had expired. {agent} sent a secure payment link, the customer paid and the account is up to date.',
    topics: ['Billing', 'Failed payment', 'Card update'],
    actionItems: ['Remind the customer to save the new card for future invoices'],
    callerSentiments: ['neutral', 'positive'],
  },
  {
    theme: 'cancellation',
    exchanges: [
      [
        'Thank you for calling Acme, this is {agent}. How can I help you?',
        'Hi, I would like to cancel my subscription.',
      ],
      [
        'I am sorry to hear that. May I ask why you want to cancel?',
        "It's too expensive for how little we use it now.",
      ],
      [
        'I understand. We have a smaller plan at half the price, would that help?',
        'Maybe, but I think we will stop using it altogether.',
      ],
      [
        'No problem. I can cancel it at the end of the current period, on {date}.',
        'Yes, please. Will I get a refund for this month?',
      ],
      ['The subscription stays active until {date}, so this month is not refunded.', 'Okay, that makes sense.'],
    ],
    closing: ["I've scheduled the cancellation and you'll get a confirmation by email.", 'Thank you, goodbye.'],
    summary:
      'The customer asked to cancel the subscription as too expensive. {agent} offered a cheaper plan, which was declined, and scheduled the cancellation for the end of the period on {date}; the current month is not refunded.',
    topics: ['Cancellation', 'Pricing', 'Retention offer'],
    actionItems: ['Send the cancellation confirmation email', 'Log the cancellation reason: price'],
    callerSentiments: ['negative', 'neutral'],
  },
  {
    theme: 'cancellation',
    exchanges: [
      [
        'Acme support, {agent} speaking.',
        'Hello, I signed up for a trial and I was charged {amount} even though I cancelled it.',
      ],
      ['Let me check your account.', 'I cancelled it on the last day of the trial.'],
      [
        'I can see the cancellation on {date}, a few hours after the trial ended, so the first month was charged.',
        "That's not fair, it was only a few hours.",
      ],
      ["You're right, I will refund the {amount} and close the subscription.", 'Thank you, I appreciate it.'],
      ['The refund takes up to five business days to appear.', 'Okay, no problem.'],
    ],
    closing: ['Is there anything else I can help you with?', "No, that's all. Thanks."],
    summary:
      'The customer was charged {amount} after cancelling a trial a few hours late. {agent} refunded the charge and closed the subscription; the refund takes up to five business days.',
    topics: ['Cancellation', 'Refund', 'Free trial'],
    actionItems: ['Refund {amount} for the trial charge', 'Confirm the subscription is closed'],
    callerSentiments: ['negative', 'neutral'],
  },
];

/** Exchanges that fit any support call, inserted so long calls have as many turns as their length allows. */
export const fillers: [agent: string, caller: string][] = [
  ['Let me check that on my side, one moment please.', 'Sure, take your time.'],
  ['Thank you for waiting.', 'No problem.'],
  ['Could you spell your last name for me?', 'Of course, let me spell it slowly.'],
  ['Can you confirm the postcode on your account?', 'Yes, I have it here.'],
  ['I am just adding a note to your file.', 'Okay.'],
  ['Is the number you are calling from the best one to reach you?', 'Yes, you can call me on this one.'],
  ['I can see your account history here.', 'Great, that makes it easier.'],
  ['Bear with me while the page loads.', 'Sure.'],
  ['Did you receive our last email?', "I'm not sure, I might have missed it."],
  ['I will stay on the line while you check.', 'Thanks, it will only take a second.'],
];
