/** Settings opens at its export and import card with this query (File → Export… / Import… in the desktop menu). */
export const DATA_CARD_QUERY = 'card=data';
