/** Words of the praktik baik card on Beranda (praktik-baik-card.tsx). */
import { defineMessages } from '../../ui/i18n';

export const praktikBaikMessages = defineMessages({
  id: {
    title: 'Praktik baik di unit Anda',
    none: 'Belum ada praktik baik yang dibagikan di unit Anda.',
    someone: 'Rekan di unit Anda',
    appreciatedBy: 'Apresiasi dari',
    sharedOn: 'Dibagikan {date}',
    showAll: 'Lihat semua ({count})',
    showFewer: 'Tampilkan lebih sedikit',
  },
  en: {
    title: 'Good practice in your unit',
    none: 'No good practice has been shared in your unit yet.',
    someone: 'A colleague in your unit',
    appreciatedBy: 'Appreciated by',
    sharedOn: 'Shared {date}',
    showAll: 'See all ({count})',
    showFewer: 'Show fewer',
  },
});
